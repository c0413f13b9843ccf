package nl.samenspel.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads an input file (scenario, experiment, fit, calibration) as UTF-8 text, refusing with its
 * own message each way a file can fail to be one: missing, a folder, a pipe or device, a symlink
 * loop, permission denied, too large (checked before reading), UTF-16, binary, not UTF-8.
 */
public final class InputFiles {
    private InputFiles() {}

    /** The file's text; every failure is one {@link ScenarioProblem} naming the file. */
    public static String read(Path f) throws ScenarioException {
        String name = f.toString();
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(f, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(f)) throw problem(name, "is a symbolic link to a file that does not exist", "fix or remove the link");
            throw problem(name, "file not found", "check the path, or name a scenario from scenarios/");
        } catch (FileSystemException e) {
            String why = String.valueOf(e.getReason());
            if (why.contains("levels of symbolic links")) throw problem(name, "is a loop of symbolic links", "point the link at a real file");
            if (e instanceof AccessDeniedException) throw problem(name, "cannot be read: permission denied", "give yourself read permission (chmod u+r) or copy the file");
            throw problem(name, "cannot be read: " + why, null);
        } catch (IOException e) {
            throw problem(name, "cannot be read: " + e.getMessage(), null);
        }
        if (a.isDirectory()) throw problem(name, "is a folder, not a file", "name a .yaml file inside it");
        if (!a.isRegularFile()) throw problem(name, "is not a regular file (a pipe, socket or device)", "save the input as a .yaml file and name that");
        if (a.size() > StrictYaml.MAX_CHARS) throw tooLarge(name, a.size());
        byte[] bytes;
        try (InputStream in = Files.newInputStream(f)) {
            bytes = in.readNBytes(StrictYaml.MAX_CHARS + 1);
        } catch (AccessDeniedException e) {
            throw problem(name, "cannot be read: permission denied", "give yourself read permission (chmod u+r) or copy the file");
        } catch (IOException e) {
            throw problem(name, "cannot be read: " + e.getMessage(), null);
        }
        if (bytes.length > StrictYaml.MAX_CHARS) throw tooLarge(name, bytes.length);
        return decode(name, bytes);
    }

    /** UTF-8 text, or a problem saying what the bytes look like instead. */
    public static String decode(String name, byte[] bytes) throws ScenarioException {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw problem(name, "is UTF-16 text", "save it as UTF-8 (most editors: Save as, encoding UTF-8)");
        }
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                throw problem(name, "is not text (it holds zero bytes: a binary file, or UTF-16 without a mark)", "name a YAML text file saved as UTF-8");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw problem(name, "is not UTF-8 text", "save it as UTF-8 (a file from an old editor may be Latin-1 or Windows-1252)");
        }
    }

    private static ScenarioException tooLarge(String name, long size) {
        return problem(name, "is too large (" + (size >> 10) + " KB; at most " + (StrictYaml.MAX_CHARS >> 10) + " KB)",
                "input files are small text files; check that this is the file you meant");
    }

    private static ScenarioException problem(String file, String message, String hint) {
        return new ScenarioException(new ScenarioProblem(file, 0, "", message, hint));
    }
}
