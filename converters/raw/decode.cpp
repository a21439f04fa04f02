#include "raw/decode.hpp"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "core/markup_start.hpp"

namespace verbatim {
namespace {

// Text in a legacy charset (windows-1256, ISO-8859-5, …) has almost no
// control bytes; binary data has many.
bool fewControlBytes(std::string_view bytes) {
  std::size_t controls = 0;
  for (unsigned char c : bytes)
    controls += (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F;
  return controls * 1000 <= bytes.size();
}

// GB18030 decodes almost any bytes, Latin text in windows-1252 included
// ("Kjærgaard" reads "Kj鎟gaard"). Chinese sets its characters as pairs of
// bytes both above 0x80 (GB2312, every common character); a byte above 0x80
// followed by an ASCII one is a letter of a single-byte charset before
// plain text, far more often than one of GBK's rare characters.
bool pairsLikeChinese(std::string_view bytes) {
  std::size_t pairs = 0, asciiTrails = 0;
  for (std::size_t i = 0; i + 1 < bytes.size();) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    const auto trail = static_cast<unsigned char>(bytes[i + 1]);
    if (lead < 0x81 || lead == 0xFF) {
      ++i;
      continue;
    }
    if (trail >= 0x30 && trail <= 0x39) {  // four bytes: no evidence either way
      i += 4;
      continue;
    }
    ++pairs;
    asciiTrails += trail < 0x80;
    i += 2;
  }
  return asciiTrails * 2 < pairs;
}

// The charset ICU's detector reads the bytes in, where it is fairly sure,
// to name in a message: never used without being asked for (--encoding).
std::string likelyCharset(std::string_view bytes) {
  constexpr int32_t kSureEnough = 30;  // ICU's confidence, 0-100
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      &ucsdet_close);
  if (U_FAILURE(status)) return {};
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return {};
  const char* name = ucsdet_getName(match, &status);
  const int32_t confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || name == nullptr || confidence < kSureEnough) return {};
  const std::string_view found = name;
  if (found.starts_with("UTF")) return {};
  return std::string(found);
}

Error rejected(std::string_view file, std::string message, int line = 0) {
  return Error{ErrorKind::InputRejected, std::move(message), std::string(file), line, {}};
}

// The 1-based line of a byte offset: people find a problem by its line.
int lineAt(std::string_view bytes, std::size_t offset) {
  offset = std::min(offset, bytes.size());
  return 1 + static_cast<int>(
                 std::count(bytes.begin(), bytes.begin() + static_cast<long>(offset), '\n'));
}

// The line of a UTF-16 index in decoded text.
int lineAt(const icu::UnicodeString& text, int32_t index) {
  int line = 1;
  for (int32_t i = 0; i < index && i < text.length(); ++i)
    if (text.charAt(i) == u'\n') ++line;
  return line;
}

struct Utf8Scan {
  std::size_t firstInvalid = std::string_view::npos;
  std::size_t invalidCount = 0;
  std::size_t multibyteCount = 0;
};

Utf8Scan scanUtf8(std::string_view bytes) {
  Utf8Scan scan;
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c < 0) {
      if (scan.firstInvalid == std::string_view::npos) scan.firstInvalid = start;
      ++scan.invalidCount;
    } else if (i - start > 1) {
      ++scan.multibyteCount;
    }
  }
  return scan;
}

bool startsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// UTF-16 without a BOM: its line ends are a newline byte next to a NUL.
// Random bytes have such a pair now and then; text has one every line, so
// `strong` when there is at least one per 1,000 characters.
struct Utf16Sniff {
  std::string_view charset;  // empty when the bytes do not look like UTF-16
  bool strong = false;
};

Utf16Sniff sniffUtf16(std::string_view bytes) {
  std::size_t littleEndian = 0, bigEndian = 0;
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    if (bytes[i] == '\n' && bytes[i + 1] == '\0') ++littleEndian;
    if (bytes[i] == '\0' && bytes[i + 1] == '\n') ++bigEndian;
  }
  if (bytes.size() % 2 != 0) return {};
  const std::size_t lineEnds = std::max(littleEndian, bigEndian);
  const bool strong = lineEnds >= 2 && lineEnds * 2000 >= bytes.size();
  if (littleEndian > 0 && bigEndian == 0) return {"UTF-16LE", strong};
  if (bigEndian > 0 && littleEndian == 0) return {"UTF-16BE", strong};
  return {};
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// Converts with ICU, stopping at the first illegal sequence. Returns false
// and the byte offset of the problem when the bytes are not `charset`.
bool convert(std::string_view bytes, const char* charset, icu::UnicodeString& out,
             std::size_t& badOffset, std::string& badBytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return false;
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  out.remove();
  const char* source = bytes.data();
  const char* sourceLimit = bytes.data() + bytes.size();
  UChar buffer[4096];
  while (true) {
    UChar* target = buffer;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, buffer + 4096, &source, sourceLimit, nullptr, true,
                   &status);
    out.append(buffer, static_cast<int32_t>(target - buffer));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) {
      char invalid[8];
      int8_t invalidLength = sizeof invalid;
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(converter.get(), invalid, &invalidLength, &ignored);
      badOffset = static_cast<std::size_t>(source - bytes.data()) -
                  static_cast<std::size_t>(invalidLength > 0 ? invalidLength : 0);
      badBytes.assign(invalid, static_cast<std::size_t>(invalidLength > 0 ? invalidLength : 0));
      return false;
    }
    return true;
  }
}

std::string hexByte(unsigned char byte) {
  static const char* digits = "0123456789ABCDEF";
  return std::string("0x") + digits[byte >> 4] + digits[byte & 15];
}

std::string hexBytes(std::string_view bytes) {
  std::string out;
  for (unsigned char byte : bytes) out += (out.empty() ? "" : " ") + hexByte(byte);
  return out;
}

// What a person should be told about bytes `charset` cannot decode.
std::string undecodable(std::string_view charset, std::string_view bad) {
  const bool utf16 = charset.substr(0, 6) == "UTF-16";
  if (utf16 && bad.size() == 2) {
    const bool little = charset == "UTF-16LE";
    const unsigned unit =
        little ? static_cast<unsigned char>(bad[1]) : static_cast<unsigned char>(bad[0]);
    if (unit >= 0xD8 && unit <= 0xDF)
      return "an unpaired surrogate (" + hexBytes(bad) +
             ", half of a character without its other half)";
  }
  if (bad.empty()) return "bytes that end in the middle of a character";
  return "bytes that are not " + std::string(charset) + " (" + hexBytes(bad) + ")";
}

// Raw PV text never begins with markup. An XML or HTML file that is not
// Akoma Ntoso (those never get here) would otherwise be read as prose.
std::string markupRoot(std::string_view text) {
  const MarkupStart start = markupStart(text);
  if (start.doctype) return "<!DOCTYPE>";
  return start.root.empty() ? std::string() : "<" + start.root + ">";
}

}  // namespace

bool isKnownCharset(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> known(ucnv_open(name.c_str(), &status),
                                                           ucnv_close);
  return U_SUCCESS(status) && known;
}

Result<DecodedText> decode(std::string_view bytes, std::string_view fileName,
                           std::string_view encoding) {
  // A charset ICU does not know is the option's fault, not the file's.
  if (!encoding.empty()) {
    const std::string name(encoding);
    if (!isKnownCharset(name))
      return Error{
          ErrorKind::Usage,
          "--encoding " + name + ": no such charset (e.g. UTF-8, UTF-16LE, windows-1256, GB18030)",
          std::string(fileName),
          0,
          {}};
  }
  if (bytes.empty()) return rejected(fileName, "the file is empty");
  if (startsWith(bytes, "%PDF-"))
    return rejected(fileName,
                    "this is a PDF file, not text: extract the text first "
                    "(pdftotext -enc UTF-8 FILE.pdf FILE.txt)");

  std::string charset(encoding);
  std::size_t skip = 0;
  Utf16Sniff sniffed;
  if (charset.empty()) {
    if (startsWith(bytes, "\xEF\xBB\xBF")) {
      charset = "UTF-8", skip = 3;
    } else if (startsWith(bytes, std::string_view("\xFF\xFE\0\0", 4))) {
      charset = "UTF-32LE", skip = 4;
    } else if (startsWith(bytes, std::string_view("\0\0\xFE\xFF", 4))) {
      charset = "UTF-32BE", skip = 4;
    } else if (startsWith(bytes, "\xFF\xFE")) {
      charset = "UTF-16LE", skip = 2;
    } else if (startsWith(bytes, "\xFE\xFF")) {
      charset = "UTF-16BE", skip = 2;
    } else if (sniffed = sniffUtf16(bytes); !sniffed.charset.empty()) {
      charset = sniffed.charset;
    }
  }
  bytes.remove_prefix(skip);

  icu::UnicodeString unicode;
  std::size_t badOffset = 0;
  std::string badBytes;
  // A guess of UTF-16 from a line end or two that does not decode, or where
  // the bytes are UTF-8 (text with a stray NUL before a newline), was wrong:
  // the bytes are judged as if it had not been made.
  if (!sniffed.charset.empty() && !sniffed.strong &&
      (scanUtf8(bytes).invalidCount == 0 ||
       !convert(bytes, charset.c_str(), unicode, badOffset, badBytes)))
    charset.clear();
  if (charset.empty()) {
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalidCount == 0) {
      charset = "UTF-8";
      unicode = icu::UnicodeString::fromUTF8(
          icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));
    } else {
      // Mostly-valid UTF-8 with a few bad bytes is damaged UTF-8, not another charset.
      const bool looksLikeUtf8 = scan.multibyteCount >= 4 * scan.invalidCount;
      if (!looksLikeUtf8 && pairsLikeChinese(bytes) &&
          convert(bytes, "GB18030", unicode, badOffset, badBytes)) {
        charset = "GB18030";
      } else {
        const auto offset = scan.firstInvalid + skip;
        const std::string where = "byte offset " + std::to_string(offset) + " (byte " +
                                  hexByte(static_cast<unsigned char>(bytes[scan.firstInvalid])) +
                                  ")";
        // Text in another charset: say which one it looks like.
        if (fewControlBytes(bytes))
          if (const std::string likely = likelyCharset(bytes); !likely.empty())
            return rejected(fileName,
                            "invalid UTF-8 at " + where +
                                "; the file is neither UTF-8, UTF-16 nor GB18030, and reads as "
                                "text in " +
                                likely + ": pass --encoding " + likely + " if it is",
                            lineAt(bytes, scan.firstInvalid));
        // Text in any charset is mostly valid UTF-8 or mostly decodable; a
        // file where every few bytes is invalid is not text at all.
        if (scan.invalidCount > 16 && scan.invalidCount * 20 > bytes.size())
          return rejected(
              fileName,
              "this looks like binary data, not text: " + std::to_string(scan.invalidCount) +
                  " byte sequences are not UTF-8, the first at " + where,
              lineAt(bytes, scan.firstInvalid));
        return rejected(fileName,
                        "invalid UTF-8 at " + where +
                            "; the file is neither UTF-8, UTF-16 nor GB18030 "
                            "(pass --encoding if you know its charset)",
                        lineAt(bytes, scan.firstInvalid));
      }
    }
  } else if (!convert(bytes, charset.c_str(), unicode, badOffset, badBytes)) {
    return rejected(fileName,
                    "the file is not valid " + charset + ": " + undecodable(charset, badBytes) +
                        " at byte offset " + std::to_string(badOffset + skip),
                    lineAt(unicode, unicode.length()));
  }

  // NUL never occurs in text; it marks binary data or a wrong charset.
  if (auto nul = unicode.indexOf(static_cast<UChar>(0)); nul >= 0)
    return rejected(
        fileName,
        "a NUL character (a zero byte" +
            std::string(charset == "UTF-8"
                            ? " at byte offset " +
                                  std::to_string(skip + static_cast<std::size_t>(bytes.find('\0')))
                            : "") +
            "): this looks like binary data, not text (read as " + charset + ")",
        lineAt(unicode, nul));
  int32_t controls = 0;
  for (int32_t i = 0; i < unicode.length(); ++i) {
    UChar c = unicode.charAt(i);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  if (controls > 16 && controls * 50 > unicode.length())
    return rejected(fileName, std::to_string(controls) +
                                  " control characters: this looks like binary data, not text");

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString normalised = U_SUCCESS(status) ? nfc->normalize(unicode, status) : unicode;
  if (U_FAILURE(status)) normalised = unicode;

  DecodedText decoded;
  decoded.encoding = charset;
  std::string utf8;
  normalised.toUTF8String(utf8);
  decoded.text.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (utf8[i] == '\r') {
      decoded.text += '\n';
      if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
    } else {
      decoded.text += utf8[i];
    }
  }
  if (auto root = markupRoot(decoded.text); !root.empty() && charset != "UTF-8")
    // An AKN file in UTF-16, say: XML is read in UTF-8 only (validate says the same).
    return rejected(fileName,
                    "XML in " + charset + " (it begins with " + root +
                        "): verbatim reads XML in UTF-8 only (convert it, e.g. iconv -f " +
                        charset + " -t UTF-8)",
                    1);
  else if (!root.empty())
    return rejected(fileName,
                    "this is an XML or HTML document (it begins with " + root +
                        "), not the raw text of a record: verbatim converts raw PV text and Akoma "
                        "Ntoso files (root element <akomaNtoso>)",
                    1);
  return decoded;
}

}  // namespace verbatim
