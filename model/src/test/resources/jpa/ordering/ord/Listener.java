package ord;

import jakarta.persistence.*;

@Entity
public class Listener {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String handle;
}
