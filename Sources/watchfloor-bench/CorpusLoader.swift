import Foundation
import WatchfloorIngest
import WatchfloorModel

/// Reads a directory of article files into `Article` values (through the real `ArticleReader`) for the extraction measures.
enum CorpusLoader {
    /// Every article in `directory` (sorted by file name), each with its share of the file's size in bytes.
    static func load(directory: String) throws -> [(article: Article, bytes: Int)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        var out: [(article: Article, bytes: Int)] = []
        for name in names where ArticleReader.isArticleFile(name: name) {
            let path = directory + "/" + name
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            guard let articles = try? ArticleReader.parse(bytes: bytes, path: path, modificationTime: nil), !articles.isEmpty else { continue }
            for article in articles { out.append((article, bytes.count / articles.count)) }
        }
        return out
    }
}
