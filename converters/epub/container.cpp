#include "epub/container.hpp"

#include <zip.h>

#include <memory>

namespace verbatim::epub {
namespace {

// zlib's default level. Level 1 would save about 2 ms on the Chinese record
// and make the book 13 % larger.
constexpr zip_uint32_t kDeflateLevel = 6;

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
struct ArchiveDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;
using ArchivePtr = std::unique_ptr<zip_t, ArchiveDiscard>;

struct ZipError {
  zip_error_t error;
  ZipError() { zip_error_init(&error); }
  ~ZipError() { zip_error_fini(&error); }
  ZipError(const ZipError&) = delete;
  ZipError& operator=(const ZipError&) = delete;
  std::string text() { return zip_error_strerror(&error); }
};

Error failure(std::string what, std::string why) {
  return Error{
      ErrorKind::Io, "EPUB container: " + std::move(what) + ": " + std::move(why), {}, 0, {}};
}

// The whole content of a buffer source the archive was written to.
Result<std::string> contentOf(zip_source_t* source) {
  if (zip_source_open(source) < 0) return failure("cannot read the archive", "open");
  std::string bytes;
  char buffer[65536];
  zip_int64_t n;
  while ((n = zip_source_read(source, buffer, sizeof buffer)) > 0)
    bytes.append(buffer, static_cast<std::size_t>(n));
  zip_source_close(source);
  if (n < 0) return failure("cannot read the archive", "read");
  return bytes;
}

}  // namespace

Result<std::string> packContainer(const std::vector<ContainerEntry>& entries, DosTime time) {
  ZipError error;
  SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error.error));
  if (!buffer) return failure("cannot make a buffer", error.text());
  ArchivePtr archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error.error));
  if (!archive) return failure("cannot start the archive", error.text());
  zip_source_keep(buffer.get());  // the archive owns one reference, this function another

  for (const auto& entry : entries) {
    SourcePtr data(zip_source_buffer(archive.get(), entry.bytes.data(), entry.bytes.size(), 0));
    if (!data) return failure(entry.name, zip_strerror(archive.get()));
    const zip_int64_t index = zip_file_add(archive.get(), entry.name.c_str(), data.get(), 0);
    if (index < 0) return failure(entry.name, zip_strerror(archive.get()));
    data.release();  // the archive owns it now
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive.get(), i, entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 kDeflateLevel) < 0 ||
        zip_file_set_dostime(archive.get(), i, time.time, time.date, 0) < 0 ||
        zip_file_set_external_attributes(archive.get(), i, 0, ZIP_OPSYS_UNIX, 0100644u << 16) < 0)
      return failure(entry.name, zip_strerror(archive.get()));
  }
  if (zip_close(archive.get()) < 0) return failure("cannot write", zip_strerror(archive.get()));
  archive.release();  // zip_close freed it
  return contentOf(buffer.get());
}

Result<std::vector<ArchivedFile>> unpackContainer(
    std::string_view bytes, const std::function<bool(std::string_view name)>& wanted) {
  ZipError error;
  SourcePtr buffer(zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error.error));
  if (!buffer) return failure("cannot make a buffer", error.text());
  ArchivePtr archive(zip_open_from_source(buffer.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error.error));
  if (!archive) return failure("not a readable ZIP archive", error.text());
  buffer.release();  // the archive owns it now

  std::vector<ArchivedFile> files;
  const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t index = 0; index < count; ++index) {
    const auto i = static_cast<zip_uint64_t>(index);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive.get(), i, 0, &stat) < 0 || !(stat.valid & ZIP_STAT_NAME) ||
        !(stat.valid & ZIP_STAT_SIZE))
      return failure("entry " + std::to_string(index), zip_strerror(archive.get()));
    ArchivedFile file{stat.name, stat.comp_method == ZIP_CM_STORE, {}};
    if (!wanted(file.name)) {
      files.push_back(std::move(file));
      continue;
    }
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> entry(zip_fopen_index(archive.get(), i, 0),
                                                            zip_fclose);
    if (!entry) return failure(file.name, zip_strerror(archive.get()));
    file.bytes.resize(stat.size);
    if (zip_fread(entry.get(), file.bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
      return failure(file.name, "cannot read it");
    files.push_back(std::move(file));
  }
  return files;
}

}  // namespace verbatim::epub
