package ord;

import jakarta.persistence.*;

/** Shares its primary key with its listener (@MapsId): the key column is also the foreign key. */
@Entity
public class ListenerProfile {
    @Id
    private Long id;

    @MapsId
    @OneToOne
    private Listener listener;

    private String bio;
}
