// Wide-character ncurses for Swift. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which would
// hide the whole wide-character API, so it is forced on here before the header is read.
#ifndef WATCHFLOOR_CNCURSESW_SHIM_H
#define WATCHFLOOR_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t c);

static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_normal(void) { return A_NORMAL; }
#endif
