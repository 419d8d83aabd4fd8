package org.portailfamille.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploaded files (medical certificates, message attachments) in a directory of the server's file system, outside
 * the web folder (never served as static content): one file per upload, named by its id only (never by the name the
 * family gave), written to a temporary name then moved into place when the transaction that stores its reference
 * commits. Used by the modules' file out-adapters (certificates, message attachments).
 */
public class DirectoryFileStore {

    private static final String TEMPORARY_PREFIX = "upload-";
    private static final String TEMPORARY_SUFFIX = ".part";

    private final Path directory;

    public DirectoryFileStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /**
     * Stores the file. Inside a transaction the file is part of it (issue 13, finding 5): written now to a temporary
     * name, moved into place when the transaction commits, removed when it rolls back, so that a failed upload
     * leaves nothing behind. Without a transaction it is in place at once.
     */
    public void write(UUID id, byte[] content) {
        Path temporary;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, TEMPORARY_PREFIX, TEMPORARY_SUFFIX);
            Files.write(temporary, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store file " + id, e);
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            moveInPlace(temporary, id);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                moveInPlace(temporary, id); // a file that cannot be put in place fails the transaction
            }

            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(temporary);
                    if (status == STATUS_ROLLED_BACK) {
                        deleteQuietly(fileOf(id)); // moved before a commit that then failed
                    }
                }
            }
        });
    }

    private void moveInPlace(Path temporary, UUID id) {
        try {
            Files.move(temporary, fileOf(id), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Could not store file " + id, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a leftover "upload-*.part" holds no reference and can be removed by hand
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

    /** Removes the file; inside a transaction, once it has committed (a rolled-back deletion keeps the file). */
    public void delete(UUID id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(fileOf(id));
                }
            });
            return;
        }
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
