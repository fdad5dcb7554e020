package dev.slant.models.validate;

import java.util.List;
import java.util.Map;

/**
 * Issue 13's speaker figures on the gold quotes Slant found: full-name accuracy where the gold source is a name
 * (`speaker` equals the name as the article gives it in full, see {@link GoldNames}), the kinds of wrong names, and
 * actor linking where the gold source names a registered actor (`actor_id` equals it).
 */
public record NameScore(int named, int nameRight, Map<String, Integer> wrongByKind, int actorGold, int actorRight,
                        List<String> misses) {
    public double fullNameAccuracy() {
        return named == 0 ? 0 : (double) nameRight / named;
    }

    public double actorAccuracy() {
        return actorGold == 0 ? 0 : (double) actorRight / actorGold;
    }

    public String summary() {
        StringBuilder sb = new StringBuilder(String.format(
                "full-name accuracy %.3f (%d/%d found quotes whose gold source is a name)", fullNameAccuracy(),
                nameRight, named));
        wrongByKind.forEach((k, n) -> sb.append(String.format("%n  wrong: %-22s %d", k, n)));
        sb.append(String.format("%nactor linking      %.3f (%d/%d found quotes whose gold source names a registered "
                + "actor)", actorAccuracy(), actorRight, actorGold));
        return sb.toString();
    }
}
