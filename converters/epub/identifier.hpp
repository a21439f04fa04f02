// The edition's dc:identifier: a name-based UUID (RFC 4122 version 5, SHA-1)
// of the record's AKN work IRI, so that every build of the same record, on
// any machine, carries the same identifier.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace verbatim::epub {

std::array<std::uint8_t, 20> sha1(std::string_view bytes);

// "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx" of `name` in the namespace `space`
// (16 bytes, e.g. kUrlNamespace).
std::string uuid5(const std::array<std::uint8_t, 16>& space, std::string_view name);

// RFC 4122's namespace for URLs (6ba7b811-9dad-11d1-80b4-00c04fd430c8); AKN
// IRIs are URL paths.
inline constexpr std::array<std::uint8_t, 16> kUrlNamespace = {
    0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};

}  // namespace verbatim::epub
