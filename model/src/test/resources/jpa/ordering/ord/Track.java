package ord;

import jakarta.persistence.*;

@Entity
public class Track {
    @Id
    private Long id;
    private String title;
}
