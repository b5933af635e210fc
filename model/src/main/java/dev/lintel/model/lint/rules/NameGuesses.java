package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.rules.ReferenceKeys.Key;
import dev.lintel.model.lint.rules.TableNames.Tier;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a single column's name says it references, as scored guesses (see {@link ImplicitReferences}
 * for how they are weighed against each other). The name's words before the key part name a table
 * (whole 0.9, without the schema's shared prefix 0.85, by its last words 0.75) whose key is the rest
 * of the name; less sure when role words come first ({@code manager_staff_id}), when there is no key
 * part ({@code distribution_set}), when the column is its own table's key or spells an abbreviation.
 * Also: the column has another table's distinctive key name, whole or at its end
 * ({@code billtoaddressid}); it names a person's role ({@code created_by}, {@code support_rep_id},
 * {@code owner}); it is {@code parent_id}.
 */
final class NameGuesses {
    /** A guessed target key, how sure, and why. */
    record Guess(Key key, double score, String evidence) {
        Guess plus(double by, String also) {
            return new Guess(key, Math.max(0, Math.min(0.99, score + by)), evidence + "; " + also);
        }
    }

    static final String SAME_KEY_NAME = "same name as the key of ";

    private static final double WHOLE = 0.9;
    private static final double STEM = 0.85;
    private static final double TAIL = 0.75;
    private static final double ROLE_WORDS = 0.15;
    private static final double ROLE_WORDS_LONG_NAME = 0.1; // a longer table name is less likely a coincidence
    private static final double NO_KEY_PART = 0.05;
    private static final double OWN_KEY = 0.1;
    private static final double ACRONYM = 0.05;
    private static final double ABBREVIATION = 0.1;
    private static final double OTHER_UNIQUE_KEY = 0.15;
    private static final double KEY_NAME = 0.75;
    private static final double KEY_NAME_AT_END = 0.7;
    private static final double PERSON_ROLE = 0.75;
    private static final double BARE_ROLE = 0.05;
    private static final double PARENT = 0.8;
    private static final int KEY_NAME_AT_END_MIN = 5;

    // Words that name an attribute of the row itself far more often than another table.
    private static final Set<String> PLAIN_ATTRIBUTES = Set.of("status", "state", "type", "kind", "name", "value",
            "version", "mode", "level", "data", "label", "title", "description", "code");
    // Tables of people, the ones that act in a system before the generic person (often a contact).
    private static final List<String> PERSON_TABLES = List.of("user", "account", "member", "employee", "staff",
            "principal", "actor", "operator", "person");
    private static final Set<String> PERSON_ROLES = Set.of("author", "owner", "creator", "assignee", "reporter",
            "approver", "reviewer", "sender", "recipient", "requester", "uploader", "submitter", "modifier", "updater",
            "editor", "moderator", "inviter", "invitee", "banner", "purchaser", "redeemer", "buyer", "seller",
            "follower", "commenter", "voter", "creater", "manager", "assigner", "closer", "resolver", "rep",
            "representative", "supervisor", "agent");
    private static final List<List<String>> REPORTS_TO = List.of(List.of("reports", "to"), List.of("report", "to"));
    // Role words for a row of the same table: previous_version_id in tag_versions, parent_category_id in categories.
    private static final Set<String> SELF_ROLES = Set.of("parent", "previous", "prev", "next", "prior", "original",
            "root", "superseded", "replaced", "merged", "duplicate", "master", "super");
    private static final List<String> CONTAINERS = List.of("group", "folder", "category", "directory");
    private static final Set<String> LINK_WORDS = Set.of("reference", "references", "relation", "relations",
            "relationship", "link", "links", "edge", "edges", "tree", "closure", "hierarchy");
    private static final List<String> ID = List.of("id");

    private final TableNames names;
    private final ReferenceKeys keys;
    private final List<Integer> personTables;

    NameGuesses(TableNames names, ReferenceKeys keys) {
        this.names = names;
        this.keys = keys;
        personTables = personTables(names);
    }

    /** The first kind of person table the schema has (users, else accounts ...), named so or as the end of a name. */
    private static List<Integer> personTables(TableNames names) {
        for (Tier tier : Tier.values()) {
            for (String name : PERSON_TABLES) {
                List<Integer> people = names.named(tier, name);
                if (!people.isEmpty()) {
                    return people;
                }
            }
        }
        return List.of();
    }

    /** Every guess for column {@code c} of table {@code t} at {@code position}, whatever its score or type. */
    List<Guess> of(int position, Table t, Column c) {
        List<Guess> out = new ArrayList<>();
        List<String> words = ReferenceNames.words(c.name());
        boolean ownKey = isSolePrimaryKey(t, c);
        byStemAndKey(position, c, words, ownKey ? OWN_KEY : 0, "", out);
        List<String> expanded = names.expand(words);
        if (expanded != null) {
            byStemAndKey(position, c, expanded, (ownKey ? OWN_KEY : 0) + ACRONYM, "; " + names.acronymEvidence(words), out);
        }
        if (!ownKey) {
            // two tables keyed by the same name are more often siblings than parent and child
            byKeyName(position, c, out);
        }
        byRole(position, t, c, words, out);
        return out;
    }

    static boolean isSolePrimaryKey(Table t, Column c) {
        return t.primaryKey() != null && t.primaryKey().columns().size() == 1 && t.primaryKey().columns().get(0).equals(c.name());
    }

    /** {@code <role words><table words><key part>}: the table words name a table whose key is the key part. */
    private void byStemAndKey(int own, Column c, List<String> words, double penalty, String also, List<Guess> out) {
        List<String> w = words;
        if (w.size() == 1 && w.get(0).length() > 4 && w.get(0).endsWith("id")) {
            w = List.of(w.get(0).substring(0, w.get(0).length() - 2), "id"); // userid, customerid
        }
        int n = w.size();
        // the compared form of w[from..to) is joined.substring(at[from], at[to]): no joining per stem
        String joined = ReferenceNames.key(w);
        int[] at = new int[n + 1];
        for (int i = 0; i < n; i++) {
            at[i + 1] = at[i] + w.get(i).length();
        }
        for (int split = 1; split <= n; split++) {
            // split == size: the whole name is a table's name (JPA join columns such as "rollout")
            List<String> keyPart = split == n ? List.of() : w.subList(split, n);
            double base = penalty + (keyPart.isEmpty() ? NO_KEY_PART : 0);
            for (int drop = 0; drop < split; drop++) {
                if (drop > 0 && ReferenceNames.MEASURES.contains(w.get(drop - 1))) {
                    break; // units_on_order, tag_count_artist: a quantity, not a reference
                }
                List<String> stem = w.subList(drop, split);
                double role = drop == 0 ? 0 : stem.size() > 1 ? ROLE_WORDS_LONG_NAME : ROLE_WORDS;
                // "status" ending nexus_endpoints_partition_status is a plain attribute, not a JPA join
                // column named after its entity ("rollout" for sp_rollout): only a whole table name counts.
                boolean plain = keyPart.isEmpty() && stem.size() == 1 && PLAIN_ATTRIBUTES.contains(stem.get(0));
                for (String form : ReferenceNames.singulars(joined.substring(at[drop], at[split]))) {
                    List<TableNames.Named> tables = names.lookup(form);
                    for (TableNames.Named named : tables) {
                        int p = named.position();
                        if (plain && named.tier() != Tier.WHOLE || p == own && !selfRole(w, drop)) {
                            // reaction_id in reactions, item_id in iot_hub_installed_item: a column named
                            // like its own table is its own kind of id; a reference to the same
                            // table says which row by a role (parent_, previous_ ...).
                            continue;
                        }
                        // A name after a shared prefix is as good as a whole name only when no other
                        // table ends so: definition names flw_event_definition and ends flw_channel_definition.
                        Tier tier = named.tier() == Tier.STEM && tables.size() > 1 ? Tier.TAIL : named.tier();
                        double score = tierScore(tier) - base - (p == own ? 0 : role);
                        matchKey(p, c, keyPart, score, "name '" + c.name() + "' " + tierWords(named.tier()) + names.name(p) + also, out);
                    }
                }
                for (int p : names.abbreviated(stem)) {
                    if (p != own || selfRole(w, drop)) {
                        double score = STEM - ABBREVIATION - base - (p == own ? 0 : role);
                        matchKey(p, c, keyPart, score, "name '" + c.name() + "' abbreviates table " + names.name(p) + also, out);
                    }
                }
            }
        }
    }

    /** Whether the first {@code drop} words are all words for another row of the same table. */
    private static boolean selfRole(List<String> w, int drop) {
        if (drop == 0) {
            return false;
        }
        for (int i = 0; i < drop; i++) {
            if (!SELF_ROLES.contains(w.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static double tierScore(Tier tier) {
        return switch (tier) {
            case WHOLE -> WHOLE;
            case STEM -> STEM;
            case TAIL -> TAIL;
        };
    }

    private static String tierWords(Tier tier) {
        return switch (tier) {
            case WHOLE -> "names table ";
            case STEM -> "names (without its prefix) table ";
            case TAIL -> "ends table name ";
        };
    }

    private void matchKey(int p, Column c, List<String> keyPart, double score, String why, List<Guess> out) {
        boolean idProxy = keyPart.equals(ID) || keyPart.isEmpty();
        boolean matched = false;
        for (Key k : keys.of(p)) {
            if (!k.single()) {
                continue;
            }
            List<String> kw = k.words();
            // pk "user_id" on table users also matches a column "owner_user_id" through keyPart [user, id]
            boolean named = kw.equals(keyPart) || kw.size() > keyPart.size() && !keyPart.isEmpty()
                    && kw.subList(kw.size() - keyPart.size(), kw.size()).equals(keyPart) && k.primary();
            if (idProxy && k.primary() || named) {
                out.add(new Guess(k, score, why + " with key " + k.column().name()));
                matched = matched || idProxy && k.primary() && ImplicitReferences.compatible(c, k.column());
            }
        }
        if (idProxy && !matched) {
            // user_events.login_session_id (uuid) -> login_sessions.login_id: the unique key the type fits
            for (Key k : keys.of(p)) {
                if (k.single() && !k.primary() && ImplicitReferences.compatible(c, k.column()) && isIdentifier(k.words())) {
                    out.add(new Guess(k, score - OTHER_UNIQUE_KEY, why + " with unique key " + k.column().name()
                            + " (its primary key has another type)"));
                }
            }
        }
    }

    /** A name for an identifier rather than a value (login_id, not email or name). */
    private static boolean isIdentifier(List<String> words) {
        String last = words.get(words.size() - 1);
        return last.equals("id") || last.equals("uuid") || last.equals("guid") || last.equals("key") || last.equals("code");
    }

    /** The column has another table's distinctive key name ({@code customer_id} = customer.customer_id), or ends with it. */
    private void byKeyName(int own, Column c, List<Guess> out) {
        if (keys.keyNameLengths().isEmpty()) {
            return; // no table has a distinctive key name (all are id, code ...)
        }
        String n = ReferenceNames.key(c.name());
        for (Key k : keys.named(n)) {
            if (k.position() != own) {
                out.add(new Guess(k, KEY_NAME, SAME_KEY_NAME + names.name(k.position())));
            }
        }
        if (n.startsWith(ReferenceNames.key(names.words(own)))) {
            return; // emailaddressid in emailaddress: the table's own kind of id, not address's key with a role
        }
        for (int length : keys.keyNameLengths()) {
            if (length < KEY_NAME_AT_END_MIN || length > n.length() - 2) {
                continue;
            }
            String end = n.substring(n.length() - length);
            String before = n.substring(0, n.length() - length);
            for (Key k : keys.named(end)) {
                if (k.position() != own && !ReferenceNames.MEASURES.contains(before)) {
                    out.add(new Guess(k, KEY_NAME_AT_END, "name '" + c.name() + "' is a role ('" + before
                            + "') and the key name of " + names.name(k.position())));
                }
            }
        }
    }

    /** {@code parent_id} (to the table itself, its container or what it links), person roles to the person table. */
    private void byRole(int own, Table t, Column c, List<String> words, List<Guess> out) {
        List<String> w = words.size() > 1 && words.get(words.size() - 1).equals("id") ? words.subList(0, words.size() - 1) : words;
        if (w.size() == 1 && (w.get(0).equals("parent") || w.get(0).equals("child"))) {
            parent(own, w.get(0).equals("child"), out);
            return;
        }
        int n = words.size();
        String last = words.get(n - 1);
        boolean by = n >= 2 && (last.equals("by") || n >= 3 && words.get(n - 2).equals("by") && last.equals("id"));
        boolean role = n >= 2 && (last.equals("id") && PERSON_ROLES.contains(words.get(n - 2)) || REPORTS_TO.contains(words));
        boolean bare = n == 1 && PERSON_ROLES.contains(last);
        if (!by && !role && !bare) {
            return;
        }
        // A manager or representative of a person is a person of the same table; created_by names a user.
        List<Integer> targets = !by && isPersonTable(own) ? List.of(own) : personTables;
        for (int p : targets) {
            keys.primary(p).ifPresent(k -> out.add(new Guess(k, PERSON_ROLE - (bare ? BARE_ROLE : 0), "'" + c.name()
                    + "' names a person's role; " + names.name(p) + (p == own ? " is the table of people itself" : " holds people"))));
        }
    }

    /**
     * Where {@code parent_id} points: what a link table links ({@code artifact_reference} -> artifact),
     * else the container of the table's rows ({@code connection} -> {@code connection_group}), else
     * the table itself. {@code child_id} only in a link table.
     */
    private void parent(int own, boolean child, List<Guess> out) {
        List<String> w = names.words(own);
        if (w.size() >= 2 && LINK_WORDS.contains(w.get(w.size() - 1))) {
            for (String linked : ReferenceNames.singulars(ReferenceNames.key(w.subList(0, w.size() - 1)))) {
                for (Tier tier : List.of(Tier.WHOLE, Tier.STEM)) {
                    for (int p : names.named(tier, linked)) {
                        keys.primary(p).ifPresent(k -> out.add(new Guess(k, PARENT, names.name(own) + " links rows of " + names.name(p))));
                    }
                }
            }
            return;
        }
        if (child) {
            return;
        }
        String self = ReferenceNames.key(w);
        int before = out.size();
        for (String container : CONTAINERS) {
            for (int p : names.named(Tier.WHOLE, self + container)) {
                keys.primary(p).ifPresent(k -> out.add(new Guess(k, PARENT, "parent_id of a " + names.name(own)
                        + " row names its " + container + ", " + names.name(p))));
            }
        }
        if (out.size() == before) {
            keys.primary(own).ifPresent(k -> out.add(new Guess(k, PARENT, "parent_id points into its own table")));
        }
    }

    /** A table of people: the schema's first kind (users ...) or any other named so (employees beside users). */
    private boolean isPersonTable(int position) {
        return personTables.contains(position)
                || ReferenceNames.singulars(ReferenceNames.key(names.words(position))).stream().anyMatch(PERSON_TABLES::contains);
    }
}
