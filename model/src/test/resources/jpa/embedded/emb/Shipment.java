package emb;

import jakarta.persistence.*;

@Entity
@IdClass(ShipmentKey.class)
public class Shipment {
    @Id
    private String carrier;
    @Id
    @Column(length = 40)
    private String trackingCode;
    private String status;

    @ManyToOne
    @JoinColumns({
        @JoinColumn(name = "line_order", referencedColumnName = "orderNumber"),
        @JoinColumn(name = "line_no", referencedColumnName = "lineNo")
    })
    private OrderLine line;
}
