package org.portailfamille.planning.adapter.out.files;

import org.portailfamille.planning.application.port.out.CertificateFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Certificates in a directory of the server's file system, outside the web folder (never served as static
 * content): one file per certificate, named by its id only, written to a temporary name then moved into place.
 */
public class FileSystemCertificateFiles implements CertificateFiles {

    private final Path directory;

    public FileSystemCertificateFiles(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public void write(UUID id, byte[] content) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, fileOf(id), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store certificate " + id, e);
        }
    }

    @Override
    public Optional<byte[]> read(UUID id) {
        try {
            return Optional.of(Files.readAllBytes(fileOf(id)));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read certificate " + id, e);
        }
    }

    @Override
    public void delete(UUID id) {
        try {
            Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete certificate " + id, e);
        }
    }

    private Path fileOf(UUID id) {
        return directory.resolve(id.toString());
    }
}
