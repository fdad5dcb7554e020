package dev.slant.jobs.validate;

import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;

import java.nio.file.Path;

/** `validate agreement`: Krippendorff's alpha between the two hand coders of a data/handcoded/ set. */
final class CodingAgreementVerb implements Verb {
    private static final VerbOptions OPTIONS = VerbOptions.builder("--coders CODER1.jsonl,CODER2.jsonl [--sample SAMPLE.jsonl]")
            .description("""
                    Krippendorff's alpha (nominal) between two hand coders of data/handcoded/ (JSON lines item_id,
                    label, polar): over all four codes, over negative / neutral / positive on the items neither
                    excluded, and over the polar flag; with --sample, also by the sample's lean.""")
            .add(OptionSpec.text("coders", "A,B", null, "the two coders' files, comma-separated"),
                    OptionSpec.text("sample", "FILE", null, "the sample (for figures by lean)"))
            .build();

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public String summary() {
        return "Krippendorff's alpha between two hand coders";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) {
        String[] files = o.require("coders").split(",");
        if (files.length != 2) {
            throw new UsageException("--coders takes two files, comma-separated");
        }
        return CodingAgreement.run(Path.of(files[0].trim()), Path.of(files[1].trim()),
                o.has("sample") ? Path.of(o.text("sample")) : null);
    }
}
