#include "raw/decode.hpp"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

namespace verbatim {
namespace {

Error rejected(std::string_view file, std::string message) {
  return Error{ErrorKind::InputRejected, std::move(message), std::string(file), 0, {}};
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
std::string_view sniffUtf16(std::string_view bytes) {
  std::size_t littleEndian = 0, bigEndian = 0;
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    if (bytes[i] == '\n' && bytes[i + 1] == '\0') ++littleEndian;
    if (bytes[i] == '\0' && bytes[i + 1] == '\n') ++bigEndian;
  }
  if (bytes.size() % 2 != 0) return {};
  if (littleEndian > 0 && bigEndian == 0) return "UTF-16LE";
  if (bigEndian > 0 && littleEndian == 0) return "UTF-16BE";
  return {};
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// Converts with ICU, stopping at the first illegal sequence. Returns false
// and the byte offset of the problem when the bytes are not `charset`.
bool convert(std::string_view bytes, const char* charset, icu::UnicodeString& out,
             std::size_t& badOffset) {
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
      return false;
    }
    return true;
  }
}

std::string hexByte(unsigned char byte) {
  static const char* digits = "0123456789ABCDEF";
  return std::string("0x") + digits[byte >> 4] + digits[byte & 15];
}

}  // namespace

Result<DecodedText> decode(std::string_view bytes, std::string_view fileName,
                           std::string_view encoding) {
  if (bytes.empty()) return rejected(fileName, "the file is empty");
  if (startsWith(bytes, "%PDF-"))
    return rejected(fileName,
                    "this is a PDF file, not text: extract the text first "
                    "(pdftotext -enc UTF-8 FILE.pdf FILE.txt)");

  std::string charset(encoding);
  std::size_t skip = 0;
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
    } else if (auto utf16 = sniffUtf16(bytes); !utf16.empty()) {
      charset = utf16;
    }
  }
  bytes.remove_prefix(skip);

  icu::UnicodeString unicode;
  std::size_t badOffset = 0;
  if (charset.empty()) {
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalidCount == 0) {
      charset = "UTF-8";
      unicode = icu::UnicodeString::fromUTF8(
          icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));
    } else {
      // Mostly-valid UTF-8 with a few bad bytes is damaged UTF-8, not another charset.
      const bool looksLikeUtf8 = scan.multibyteCount >= 4 * scan.invalidCount;
      if (!looksLikeUtf8 && convert(bytes, "GB18030", unicode, badOffset)) {
        charset = "GB18030";
      } else {
        const auto offset = scan.firstInvalid + skip;
        return rejected(fileName,
                        "invalid UTF-8 at byte offset " + std::to_string(offset) + " (byte " +
                            hexByte(static_cast<unsigned char>(bytes[scan.firstInvalid])) +
                            "); the file is neither UTF-8, UTF-16 nor GB18030 "
                            "(pass --encoding if you know its charset)");
      }
    }
  } else if (!convert(bytes, charset.c_str(), unicode, badOffset)) {
    return rejected(fileName, "bytes that are not " + charset + " at byte offset " +
                                  std::to_string(badOffset + skip));
  }

  // NUL never occurs in text; it marks binary data or a wrong charset.
  if (auto nul = unicode.indexOf(static_cast<UChar>(0)); nul >= 0)
    return rejected(fileName, "a NUL character at character " + std::to_string(nul) +
                                  ": this looks like binary data, not text (read as " + charset +
                                  ")");
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
  return decoded;
}

}  // namespace verbatim
