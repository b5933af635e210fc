package dev.lintel.app.cli;

import dev.lintel.model.dialect.Dialect;
import picocli.CommandLine;

/** Reads {@code postgres|h2|mysql} (and {@code postgresql}, {@code pg}) for dialect options. */
final class DialectConverter implements CommandLine.ITypeConverter<Dialect> {
    @Override
    public Dialect convert(String value) {
        return Dialect.fromId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a dialect; use postgres, h2 or mysql"));
    }
}
