package nl.samenspel.classroom.window;

import java.awt.Component;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import sim.portrayal.Inspector;

/**
 * The Console's Model tab in plain words: one row per setting, a label in the window's language
 * and a control, instead of MASON's inspector, which shows bean property names such as
 * "LoneRate 0.02493". Each row reads and writes the settings through the given getter and setter;
 * {@link #updateInspector()} brings the controls up to date when the simulation changed a value.
 */
final class SettingsPanel extends Inspector {
    private static final long serialVersionUID = 1L;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private int row;
    private boolean refreshing;

    SettingsPanel(String title) {
        setLayout(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        JLabel t = new JLabel(title);
        t.setFont(LABEL.deriveFont(18f));
        place(t, null);
        GridBagConstraints filler = new GridBagConstraints();
        filler.gridy = 1000; // below every row: pushes the rows to the top
        filler.weighty = 1;
        add(new JLabel(), filler);
    }

    /** A whole number between min and max. */
    SettingsPanel whole(String label, String tip, IntSupplier get, Consumer<Integer> set, int min, int max) {
        JSpinner s = new JSpinner(new SpinnerNumberModel(get.getAsInt(), min, max, 1));
        s.addChangeListener(e -> {
            if (!refreshing) set.accept((Integer) s.getValue());
        });
        refreshers.add(() -> s.setValue(get.getAsInt()));
        return add(label, tip, s);
    }

    /** A decimal number between min and max, stepped by step. */
    SettingsPanel decimal(String label, String tip, DoubleSupplier get, Consumer<Double> set, double min, double max, double step, String pattern) {
        JSpinner s = new JSpinner(new SpinnerNumberModel(get.getAsDouble(), min, max, step));
        s.setEditor(new JSpinner.NumberEditor(s, pattern));
        s.addChangeListener(e -> {
            if (!refreshing) set.accept(((Number) s.getValue()).doubleValue());
        });
        refreshers.add(() -> s.setValue(Math.max(min, Math.min(max, get.getAsDouble()))));
        return add(label, tip, s);
    }

    /** Yes or no, as a tick box with the label beside it. */
    SettingsPanel yesNo(String label, String tip, BooleanSupplier get, Consumer<Boolean> set) {
        JCheckBox c = new JCheckBox(label, get.getAsBoolean());
        c.setFont(LABEL);
        c.setToolTipText(tip);
        c.addActionListener(e -> {
            if (!refreshing) set.accept(c.isSelected());
        });
        refreshers.add(() -> c.setSelected(get.getAsBoolean()));
        labels.add(label);
        place(c, null);
        return this;
    }

    /** A button that does something once. */
    SettingsPanel button(String label, String tip, Runnable action) {
        JButton b = new JButton(label);
        b.setFont(LABEL);
        b.setToolTipText(tip);
        b.addActionListener(e -> action.run());
        labels.add(label);
        place(b, null);
        return this;
    }

    /** A line of explanation. */
    SettingsPanel note(String text) {
        JLabel l = new JLabel(text);
        l.setFont(LABEL.deriveFont(Font.ITALIC, 14f));
        labels.add(text);
        place(l, null);
        return this;
    }

    private SettingsPanel add(String label, String tip, JSpinner control) {
        JLabel l = new JLabel(label);
        l.setFont(LABEL);
        l.setToolTipText(tip);
        l.setLabelFor(control);
        control.setToolTipText(tip);
        control.setFont(LABEL);
        labels.add(label);
        place(l, control);
        return this;
    }

    private void place(Component left, Component right) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row++;
        c.gridx = 0;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(4, 0, 4, 12);
        c.gridwidth = right == null ? 2 : 1;
        c.weightx = right == null ? 1 : 0;
        add(left, c);
        if (right != null) {
            c = new GridBagConstraints();
            c.gridy = row - 1;
            c.gridx = 1;
            c.anchor = GridBagConstraints.WEST;
            c.insets = new Insets(4, 0, 4, 0);
            c.weightx = 1;
            add(right, c);
        }
    }

    /** The labels shown, in order (for the window's status and its test). */
    List<String> labels() {
        return List.copyOf(labels);
    }

    @Override
    public void updateInspector() {
        refreshing = true;
        try {
            for (Runnable r : refreshers) r.run();
        } finally {
            refreshing = false;
        }
    }
}
