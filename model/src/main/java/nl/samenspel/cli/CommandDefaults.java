package nl.samenspel.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults of the shared options ({@link SeedOption}, {@link ReplicationsOption}) per command:
 * each option is declared once, in its mixin, and a command states its own default with
 * {@link Defaults}; {@code --help} shows it.
 */
final class CommandDefaults implements CommandLine.IDefaultValueProvider {
    /** A command's defaults for the shared options; empty means the option has no default. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Defaults {
        String seed() default "1";

        String replications() default "";
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec o) || arg.command() == null) return null;
        Object command = arg.command().userObject();
        Defaults d = command == null ? null : command.getClass().getAnnotation(Defaults.class);
        String v = switch (o.longestName()) {
            case SeedOption.NAME -> d == null ? "1" : d.seed();
            case ReplicationsOption.NAME -> d == null ? "" : d.replications();
            default -> null;
        };
        return v == null || v.isEmpty() ? null : v;
    }
}
