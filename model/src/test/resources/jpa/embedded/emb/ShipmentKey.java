package emb;

import java.io.Serializable;

public class ShipmentKey implements Serializable {
    private String carrier;
    private String trackingCode;
}
