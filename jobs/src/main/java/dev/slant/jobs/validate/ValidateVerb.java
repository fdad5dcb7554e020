package dev.slant.jobs.validate;

import dev.slant.jobs.sentiment.ValidateSentimentVerb;
import dev.slant.jobs.verbs.VerbGroup;

import java.util.List;

/** `./slant validate WHAT ...`: accuracy against hand-coded gold data; one sub-verb per kind of gold. */
public final class ValidateVerb extends VerbGroup {
    public ValidateVerb() {
        super(List.of(new ValidateAttributionVerb(), new ValidateSentimentVerb(), new CodingAgreementVerb(), new ValidateToneVerb(), new ValidateStanceVerb()));
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "accuracy against hand-coded gold data (validate attribution | sentiment | agreement | tone | stance)";
    }
}
