package org.proficio.assessment.xapi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to map xAPI agents to learners. */
public final class XapiRequests {

    private XapiRequests() {}

    /**
     * A learner's xAPI identifiers, spelled as in an xAPI Agent (one of each kind at most). The component {@code
     * mbox_sha1sum} keeps xAPI's name so that validation errors name the field the client sent.
     */
    @Schema(
            name = "XapiAgentIdentifiers",
            description = "All xAPI identifiers of one learner, as in an xAPI Agent; they replace the learner's"
                    + " earlier ones (send none to unmap the learner).")
    public record AgentIdentifiers(
            @Size(max = 320)
            @Pattern(regexp = "(?i)mailto:[^@\\s]+@[^@\\s]+", message = "must be mailto: and one e-mail address")
            @Schema(examples = "mailto:ana.lopez@students.example.org")
            String mbox,

            @Pattern(regexp = "[0-9a-fA-F]{40}", message = "must be 40 hexadecimal digits (SHA-1 of the mbox)")
            @Schema(examples = "ebd31e95054c018b10727ccffd2ef2ec3a016ee9")
            String mbox_sha1sum,

            @Size(max = 2000)
            @Pattern(regexp = "\\S+", message = "must be a URI without spaces")
            @Schema(examples = "https://openid.example.org/ana")
            String openid,

            @Valid AccountRef account) {

        /** The identifiers as mapping keys. */
        List<Ifi> ifis() {
            List<Ifi> ifis = new ArrayList<>();
            if (mbox != null) {
                ifis.add(Ifi.mbox(mbox));
            }
            if (mbox_sha1sum != null) {
                ifis.add(Ifi.sha1(mbox_sha1sum));
            }
            if (openid != null) {
                ifis.add(Ifi.openid(openid));
            }
            if (account != null) {
                ifis.add(Ifi.account(account.homePage(), account.name()));
            }
            return ifis;
        }
    }

    @Schema(name = "XapiAccount", description = "An account on a system, as in an xAPI Agent.")
    public record AccountRef(
            @NotBlank
            @Size(max = 2000)
            @Pattern(regexp = "[^\\s|]+", message = "must be a URL without spaces or |")
            @Schema(examples = "https://lms.example.org")
            String homePage,

            @NotBlank @Size(max = 200) @Schema(examples = "20931")
            String name) {}
}
