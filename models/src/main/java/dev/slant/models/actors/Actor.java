package dev.slant.models.actors;

import java.io.Serializable;
import java.util.List;

/** A registered actor: a person or a body, with the name forms and dated roles that refer to it. */
public record Actor(String id, String name, String type, String gender, List<String> aliases, List<String> metonyms,
                    List<Role> roles) implements Serializable {
    public boolean isPerson() {
        return "person".equals(type);
    }

    public boolean isOrganisation() {
        return !isPerson();
    }
}
