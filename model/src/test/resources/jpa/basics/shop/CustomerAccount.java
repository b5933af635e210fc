package shop;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/** Property access: the mapping is read from the getters. */
@Entity
public class CustomerAccount {
    private Long accountId;
    private String displayName;
    private boolean verified;
    private String ignored;

    @Id
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long v) { accountId = v; }

    @Column(length = 120, nullable = false)
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }

    public boolean isVerified() { return verified; }
    public void setVerified(boolean v) { verified = v; }

    @Transient
    public String getIgnored() { return ignored; }
    public void setIgnored(String v) { ignored = v; }
}
