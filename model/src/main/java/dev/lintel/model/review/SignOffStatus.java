package dev.lintel.model.review;

import dev.lintel.model.diff.SchemaDiffer;
import dev.lintel.model.document.DocumentCodec;
import dev.lintel.model.document.SignOff;
import dev.lintel.model.schema.Schema;

/**
 * Whether a sign-off still applies to the current schema and, when it does not, what changed since.
 *
 * @param changes what changed since the sign-off; {@link ChangeSummary#NONE} when current, null when the
 *        sign-off is outdated but did not keep the signed schema (only its fingerprint), so the change is unknown
 */
public record SignOffStatus(SignOff signOff, boolean outdated, ChangeSummary changes) {

    public static SignOffStatus of(SignOff signOff, Schema current) {
        if (signOff.schemaFingerprint().equals(DocumentCodec.fingerprint(current))) {
            return new SignOffStatus(signOff, false, ChangeSummary.NONE);
        }
        if (signOff.signedSchema() == null) {
            return new SignOffStatus(signOff, true, null);
        }
        return new SignOffStatus(signOff, true, ChangeSummary.of(new SchemaDiffer().diff(signOff.signedSchema(), current)));
    }

    /** One line for a banner: who signed when, and whether it is still valid. */
    public String headline() {
        String who = signOff.reviewers().isEmpty() ? "unnamed reviewers" : String.join(", ", signOff.reviewers());
        String when = signOff.date() == null ? "" : " on " + signOff.date();
        if (!outdated) {
            return "Signed off by " + who + when + "; the schema has not changed since.";
        }
        return "Sign-off by " + who + when + " is outdated: the schema changed since"
                + (changes == null ? " (the signed schema was not kept, so what changed is unknown)." : ".");
    }
}
