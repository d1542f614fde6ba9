package org.proficio.assessment.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where learning outside school happened and who vouches for it (an employer, a coach, a community mentor). */
@Embeddable
public class OutsideSchool {

    /** The setting, e.g. "Summer internship at the city water utility". */
    @Column(name = "setting")
    public String setting;

    @Column(name = "verifier_name")
    public String verifierName;

    /** The verifier's role, e.g. "Internship supervisor". */
    @Column(name = "verifier_role")
    public String verifierRole;

    /** How to reach the verifier (e-mail or phone). */
    @Column(name = "verifier_contact")
    public String verifierContact;
}
