package org.proficio.assessment.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the learner's work itself lives (the LMS keeps the file; we keep the link). */
@Embeddable
public class Artifact {

    @Column(name = "artifact_url")
    public String url;

    @Column(name = "artifact_media_type")
    public String mediaType;

    @Column(name = "artifact_title")
    public String title;

    /** The file's digest as the submitter computed it, e.g. {@code sha256:9f86d0...}, so it can be verified later. */
    @Column(name = "artifact_checksum")
    public String checksum;
}
