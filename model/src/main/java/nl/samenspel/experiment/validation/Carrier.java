package nl.samenspel.experiment.validation;

import java.util.List;

/**
 * A mechanism that carries a pattern (docs/compare.md), and the settings that switch it off. With
 * all of a pattern's carriers off, its effect must vanish ({@link Vanishing}).
 */
public record Carrier(String name, List<String> off) {
    public static Carrier of(String name, String... off) {
        return new Carrier(name, List.of(off));
    }
}
