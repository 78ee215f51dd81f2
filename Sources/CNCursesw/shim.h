// Wide-character ncurses for Swift. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which would
// hide the whole wide-character API, so it is forced on here before the header is read.
#ifndef WATCHFLOOR_CNCURSESW_SHIM_H
#define WATCHFLOOR_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <string.h>
#include <signal.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>
#include <time.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t c);
// Not declared without _GNU_SOURCE, which SwiftPM also drops.
extern int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *sigmask);
extern int pthread_sigmask(int how, const sigset_t *set, sigset_t *oldset);

// Globals and macros Swift cannot import (strict concurrency rejects the globals).
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_italic(void) { return A_ITALIC; }
static inline attr_t nc_a_normal(void) { return A_NORMAL; }
static inline int nc_key_code_yes(void) { return KEY_CODE_YES; }

// From term.h, which is not included because its macros (lines, columns...) would clash.
extern char *tigetstr(const char *capname);
/// Whether the terminal can move the cursor anywhere (TERM=dumb cannot; no full-screen UI is possible).
static inline int wf_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != 0 && cup != (char *)-1;
}

/// Draws one cell: up to CCHARW_MAX wide characters (a base and its combining marks) with
/// attributes and an extended colour pair (passed through setcchar's opts, so pairs above 32767 work).
static inline int wf_put_cell(WINDOW *win, int y, int x, const wchar_t *text, int count, attr_t attrs, int pair) {
    wchar_t buf[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    if (n < 1) { buf[0] = L' '; n = 1; } else { memcpy(buf, text, (size_t)n * sizeof(wchar_t)); }
    buf[n] = 0;
    cchar_t cell;
    int p = pair;
    if (setcchar(&cell, buf, attrs, 0, &p) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

// ---- Signals -------------------------------------------------------------------------------

// State shared by the handlers. Function-local statics, because Swift's importer does not emit
// file-scope tentative definitions from a header.
struct wf_signal_state {
    int signal_fd;
    int tty_fd;
    int have_termios;
    struct termios saved_termios;
    struct sigaction previous_actions[65];
    sigset_t loop_mask;
};
static inline struct wf_signal_state *wf_state(void) {
    static struct wf_signal_state state = { -1, 1, 0 };
    return &state;
}

/// SIGTERM, SIGHUP, SIGINT: one byte (the signal number) into the run loop's pipe; the loop quits cleanly.
static void wf_quit_handler(int sig) {
    if (wf_state()->signal_fd >= 0) {
        unsigned char b = (unsigned char)sig;
        ssize_t r = write(wf_state()->signal_fd, &b, 1);
        (void)r;
    }
}

/// Fatal signals: put the terminal back (only async-signal-safe calls), then let the previous
/// handler (Swift's backtracer, or the default) do its work.
static void wf_crash_handler(int sig) {
    static const char reset[] = "\033[0m\033[?25h\033[?1049l\r\n";
    struct wf_signal_state *st = wf_state();
    if (st->have_termios) tcsetattr(st->tty_fd, TCSANOW, &st->saved_termios);
    ssize_t r = write(st->tty_fd, reset, sizeof reset - 1);
    (void)r;
    if (sig > 0 && sig < 65) sigaction(sig, &st->previous_actions[sig], 0);
    raise(sig);
}

/// Remembers the terminal's settings for the crash handler; call before curses changes them.
static inline void wf_save_terminal(int fd) {
    wf_state()->tty_fd = fd;
    if (tcgetattr(fd, &wf_state()->saved_termios) == 0) wf_state()->have_termios = 1;
}

/// Installs the quit handlers (writing to `fd`) and the crash handlers.
static inline void wf_install_handlers(int fd) {
    wf_state()->signal_fd = fd;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = wf_quit_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, 0);
    sigaction(SIGHUP, &sa, 0);
    sigaction(SIGINT, &sa, 0);
    sigaction(SIGQUIT, &sa, 0);
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = wf_crash_handler;
    sigemptyset(&crash.sa_mask);
    int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        sigaction(fatal[i], &crash, &wf_state()->previous_actions[fatal[i]]);
    }
}

/// Blocks SIGWINCH, SIGTERM, SIGHUP, SIGINT and SIGQUIT in this thread (and the threads it starts
/// afterwards), so they are only delivered inside `wf_ppoll`, where they wake the run loop.
static inline void wf_block_loop_signals(void) {
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGWINCH);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGQUIT);
    sigset_t *loop = &wf_state()->loop_mask;
    pthread_sigmask(SIG_BLOCK, &block, loop);
    // Inside ppoll these must be deliverable even if the process was started with them blocked
    // (a parent's mask is inherited across exec; dispatch worker threads block everything).
    sigdelset(loop, SIGWINCH);
    sigdelset(loop, SIGTERM);
    sigdelset(loop, SIGHUP);
    sigdelset(loop, SIGINT);
    sigdelset(loop, SIGQUIT);
}

/// Waits on the descriptors with the loop signals unblocked; timeout_ms < 0 waits forever.
static inline int wf_ppoll(struct pollfd *fds, unsigned long count, int timeout_ms) {
    struct timespec ts;
    struct timespec *tp = 0;
    if (timeout_ms >= 0) {
        ts.tv_sec = timeout_ms / 1000;
        ts.tv_nsec = (long)(timeout_ms % 1000) * 1000000L;
        tp = &ts;
    }
    return ppoll(fds, (nfds_t)count, tp, &wf_state()->loop_mask);
}
#endif
