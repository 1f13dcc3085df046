package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Descriptors and manifests read only inside the data root; links out are refused without echoing what they point to. */
class ConfinementTest {
    private static final String SECRET = "SECRET-LINE 1 2 3";
    private static final String DESCRIPTOR = "{\"name\": \"pen\", \"folder\": \"%s\", \"glob\": \"**/*.txt\","
            + " \"pathRegex\": \"(?<subject>[^/]+)/g(?<rep>\\\\d+)\\\\.txt\", \"columns\": {\"t\": 0, \"x\": 1, \"y\": 2}}";

    @TempDir
    Path tmp;

    private Path root() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside/alice"));
        Files.writeString(outside.resolve("g1.txt"), "0 1 2\n1 2 3\n");
        Files.writeString(tmp.resolve("outside/secret.txt"), SECRET + "\n");
        return Files.createDirectories(tmp.resolve("data"));
    }

    @Test
    void descriptorFoldersThatLeaveTheRootAreRefused() throws IOException {
        Path root = root();
        Files.createDirectories(root.resolve("pen"));
        for (String folder : List.of("../../outside", "..", "/etc", tmp.resolve("outside").toString(), "a/../../..")) {
            Files.writeString(root.resolve("pen/corpus.json"), DESCRIPTOR.formatted(folder));
            DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "pen"), folder);
            assertTrue(e.getMessage().contains("must be a relative path inside the data folder"), e.getMessage());
        }
    }

    @Test
    void aSymlinkedSubjectFolderInsideTheRootIsFollowedOneLeavingItIsRefused() throws IOException {
        Path root = root();
        Path pen = Files.createDirectories(root.resolve("pen"));
        Files.writeString(pen.resolve("corpus.json"), DESCRIPTOR.formatted("files"));
        Path bob = Files.createDirectories(root.resolve("pen/store/bob"));
        Files.writeString(bob.resolve("g1.txt"), "0 1 2\n1 2 3\n");
        Files.createDirectories(pen.resolve("files"));
        Files.createSymbolicLink(pen.resolve("files/bob"), bob);
        assertEquals(List.of("bob"), Corpora.load(root, "pen").subjects());
        Files.createSymbolicLink(pen.resolve("files/alice"), tmp.resolve("outside/alice"));
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "pen"));
        assertTrue(e.getMessage().contains("files/alice") && e.getMessage().contains("leads outside the data folder"), e.getMessage());
        assertFalse(e.getMessage().contains(tmp.resolve("outside").toString()), e.getMessage());
    }

    @Test
    void aLinkToAFileOutsideIsNeverReadOrEchoed() throws IOException {
        Path root = root();
        Path p = Files.createDirectories(root.resolve("leap-gestures-midair/p"));
        Files.createSymbolicLink(p.resolve("circle.csv"), tmp.resolve("outside/secret.txt"));
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "leap-gestures-midair"));
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
        Path u = Files.createDirectories(root.resolve("leap-airsig/Signatures/A"));
        Files.createSymbolicLink(u.resolve("updated_1.csv.gz"), tmp.resolve("outside/secret.txt"));
        e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "leap-airsig"));
        assertTrue(e.getMessage().contains("leads outside the data folder"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    }

    @Test
    void aManifestEntryLinkedOutsideIsRefused() throws IOException {
        Path root = root();
        Path ic = Files.createDirectories(root.resolve("ic"));
        Files.writeString(ic.resolve("corpus.csv"), InterchangeFormat.MANIFEST_HEADER + "\na.csv,ic,A,A1,genuine,,,1,1,2,x\n");
        Files.createSymbolicLink(ic.resolve("a.csv"), tmp.resolve("outside/secret.txt"));
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "ic"));
        assertTrue(e.getMessage().contains("leads outside the data folder"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    }
}
