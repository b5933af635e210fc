package emb;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    private String street;
    @Column(length = 60)
    private String city;
    @Column(name = "zip", length = 10, nullable = false)
    private String postalCode;
    private GeoPoint location;
}
