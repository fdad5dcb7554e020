package dev.slant.jobs.verbs;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A verb whose first argument names a sub-verb (`./slant validate attribution ...`). Each sub-verb declares its own
 * options; the group accepts all of them and hands the command line to the sub-verb named.
 */
public abstract class VerbGroup implements Verb {
    private final List<Verb> subVerbs;
    private final VerbOptions options;

    protected VerbGroup(List<Verb> subVerbs) {
        this.subVerbs = subVerbs;
        VerbOptions.Builder b = VerbOptions.builder(subVerbs.stream().map(Verb::name)
                .collect(Collectors.joining("|")) + " [options]");
        subVerbs.forEach(v -> b.include(v.options()));
        this.options = b.build();
    }

    @Override
    public VerbOptions options() {
        return options;
    }

    /** Every sub-verb's own help, one after the other. */
    @Override
    public String help() {
        return subVerbs.stream().map(v -> v.options().help(name() + " " + v.name()))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public int run(ParsedOptions o) throws Exception {
        String what = o.positional().isEmpty() ? "" : o.positional().get(0);
        for (Verb v : subVerbs) {
            if (v.name().equals(what)) {
                return v.run(o);
            }
        }
        throw new UsageException(name() + " what? expected one of: "
                + subVerbs.stream().map(Verb::name).collect(Collectors.joining(", ")));
    }
}
