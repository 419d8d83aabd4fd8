package org.portailfamille.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploaded files (medical certificates, message attachments) in a directory of the server's file system, outside
 * the web folder (never served as static content): one file per upload, named by its id only (never by the name the
 * family gave), written to a temporary name then moved into place. Used by the modules' file out-adapters.
 */
public class DirectoryFileStore {

    private final Path directory;

    public DirectoryFileStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public void write(UUID id, byte[] content) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, fileOf(id), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store file " + id, e);
        }
    }

    public Optional<byte[]> read(UUID id) {
        try {
            return Optional.of(Files.readAllBytes(fileOf(id)));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read file " + id, e);
        }
    }

    public void delete(UUID id) {
        try {
            Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete file " + id, e);
        }
    }

    private Path fileOf(UUID id) {
        return directory.resolve(id.toString());
    }
}
