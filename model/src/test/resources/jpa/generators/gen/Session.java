package gen;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
@Table(name = "user_session")
public class Session {
    @Id @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;
    private String token;
}
