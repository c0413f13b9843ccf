package nl.samenspel.classroom.window;

import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.Manifest;
import sim.display.Console;
import sim.display.GUIState;

/**
 * Opens a MASON Console on a GUI state and waits until it is closed; or, for demonstrations
 * and tests, plays for a number of seconds, saves a picture of every window and the whole
 * screen plus a status file (the steps reached), and returns.
 */
public final class ClassroomLauncher {
    /**
     * @param autoplay   press play at once
     * @param quitAfter  seconds to run before snapshots and return; 0 = until the window is closed
     * @param snapshots  folder for window-N.png, screen.png and status.json (with quitAfter)
     */
    public record Options(boolean autoplay, int quitAfter, Path snapshots) {}

    private ClassroomLauncher() {}

    /** A window that can say what it shows, for status.json (called on the Swing thread). */
    public interface Described {
        Map<String, Object> describe();
    }

    /** @return the status written (steps reached and the like), or an empty map when the user closed the window */
    public static Map<String, Object> open(GUIState gui, Options o) throws Exception {
        AtomicReference<Console> console = new AtomicReference<>();
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> {
            Console c = new Console(gui);
            c.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    closed.countDown();
                }
            });
            c.setVisible(true);
            if (o.autoplay()) c.pressPlay();
            showModelTab(c);
            console.set(c);
        });
        if (o.quitAfter() <= 0) {
            closed.await();
            return Map.of();
        }
        Thread.sleep(o.quitAfter() * 1000L);
        AtomicReference<Map<String, Object>> status = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            console.get().pressPause();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("title", GUIState.getName(gui.getClass()));
            synchronized (gui.state.schedule) {
                s.put("steps", gui.state.schedule.getSteps());
            }
            if (gui instanceof Described d) s.putAll(d.describe());
            s.put("texts", texts());
            status.set(s);
        });
        if (o.snapshots() != null) snapshot(o.snapshots(), status.get());
        return status.get();
    }

    /** Every window's title and every visible label, button and tick box text, in window order. */
    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (!w.isShowing()) continue;
            if (w instanceof Frame f) out.add(f.getTitle());
            collect(w, out);
        }
        return out;
    }

    private static void collect(java.awt.Container c, List<String> out) {
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof javax.swing.JLabel l && l.getText() != null && !l.getText().isBlank()) out.add(l.getText());
            if (k instanceof javax.swing.AbstractButton b && b.getText() != null && !b.getText().isBlank()) out.add(b.getText());
            if (k instanceof java.awt.Container inner) collect(inner, out);
        }
    }

    /** The Model tab holds the teacher's settings: show it rather than the About tab. */
    private static void showModelTab(Console c) {
        javax.swing.JTabbedPane tabs = c.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) if ("Model".equals(tabs.getTitleAt(i))) tabs.setSelectedIndex(i);
    }

    /** Paints every visible window into window-N.png, grabs screen.png, and writes status.json. */
    private static void snapshot(Path dir, Map<String, Object> status) throws Exception {
        Files.createDirectories(dir);
        List<BufferedImage> images = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            for (Window w : Window.getWindows()) {
                if (!w.isShowing() || w.getWidth() < 50 || w.getHeight() < 50) continue;
                BufferedImage img = new BufferedImage(w.getWidth(), w.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                w.printAll(g);
                g.dispose();
                images.add(img);
                titles.add(w instanceof Frame f ? f.getTitle() : w.getName());
            }
        });
        List<String> files = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            String name = "window-" + (i + 1) + ".png";
            AtomicFiles.write(dir.resolve(name), png(images.get(i)));
            files.add(name + ": " + titles.get(i));
        }
        Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        AtomicFiles.write(dir.resolve("screen.png"), png(new Robot().createScreenCapture(screen)));
        status.put("windows", files);
        AtomicFiles.write(dir.resolve("status.json"), Manifest.toJson(status));
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
