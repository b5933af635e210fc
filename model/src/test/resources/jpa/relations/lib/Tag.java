package lib;

import jakarta.persistence.*;

@Entity
public class Tag {
    @Id @GeneratedValue
    private Integer id;
    private String label;
}
