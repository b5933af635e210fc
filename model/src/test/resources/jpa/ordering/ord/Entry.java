package ord;

import jakarta.persistence.*;

@Entity
public class Entry {
    @Id
    private Long id;

    @ManyToOne
    private Playlist playlist;
}
