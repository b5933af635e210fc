package emb;

import jakarta.persistence.Embeddable;

@Embeddable
public class GeoPoint {
    private double latitude;
    private double longitude;
}
