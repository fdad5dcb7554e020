package dev.slant.models.quotes;

/** Who a speaker mention refers to: the fullest name in the article and the registry actor, when known. */
record Speaker(String mention, int start, int end, String name, String actorId, String actorName, boolean person,
               String gender, AttributionMethod method, double confidence) {
    Speaker withMethod(AttributionMethod m, double c) {
        return new Speaker(mention, start, end, name, actorId, actorName, person, gender, m, c);
    }

    boolean known() {
        return name != null || actorId != null;
    }
}
