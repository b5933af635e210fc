package emb;

import jakarta.persistence.*;

@Entity
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private Address home;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "work_street")),
        @AttributeOverride(name = "city", column = @Column(name = "work_city", length = 80)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "work_zip")),
        @AttributeOverride(name = "location.latitude", column = @Column(name = "work_lat")),
        @AttributeOverride(name = "location.longitude", column = @Column(name = "work_lon"))
    })
    private Address work;
}
