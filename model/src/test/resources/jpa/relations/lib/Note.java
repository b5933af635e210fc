package lib;

import jakarta.persistence.*;

@Entity
public class Note {
    @Id @GeneratedValue
    private Integer id;
    private String label;
}
