package ord;

import jakarta.persistence.*;

@Entity
public class Tag {
    @Id
    private Long id;
    private String label;
}
