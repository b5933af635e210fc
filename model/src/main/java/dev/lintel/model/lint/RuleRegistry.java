package dev.lintel.model.lint;

import dev.lintel.model.lint.rules.*;
import java.util.List;
import java.util.Optional;

/** Every rule Lintel ships, in the order findings are listed. Adding a rule is adding a line here. */
public final class RuleRegistry {
    private RuleRegistry() {
    }

    private static final List<Rule> ALL = List.of(
            // keys and relationships
            new TableWithoutPrimaryKey(),
            new ForeignKeyWithoutIndex(),
            new ForeignKeyTypeMismatch(),
            new ForeignKeyNullableComposite(),
            new ForeignKeyDuplicate(),
            new ForeignKeySetNullOnNotNull(),
            new ForeignKeyCycle(),
            new ForeignKeyNotEnforced(),
            new UniqueNullableColumns(),
            new AllColumnsNullable(),
            new ShortIntegerPrimaryKey(),
            new PreferIdentity(),
            new ImplicitForeignKey(),
            new PolymorphicAssociation(),
            // indexes
            new DuplicateIndex(),
            new RedundantPrefixIndex(),
            new IndexDuplicatesPrimaryKey(),
            new BooleanInIndex(),
            new UnneededPartialPredicate(),
            // types
            new PreferTimestamptz(),
            new FloatForMoney(),
            new MoneyType(),
            new JsonNotJsonb(),
            new CharType(),
            new UnconstrainedStatus(),
            new NullableBoolean(),
            new StringlyTyped(),
            // modelling
            new EmailNotUnique(),
            new CreatedAtQuality(),
            new SoftDeleteFlag(),
            new JsonCatchall(),
            new WideTable(),
            new StiWideTable(),
            new DenormalizedCopy(),
            new EntityAttributeValue(),
            new DelimitedList(),
            new IncrementingColumns(),
            // names
            new ReservedWord(),
            new QuotedOrMixedCase(),
            new IdentifierTooLong(),
            new NamingConvention(),
            // dialects
            new UnsupportedFeature(),
            new CaseFolding()
    );

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
