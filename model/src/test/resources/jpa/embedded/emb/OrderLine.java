package emb;

import jakarta.persistence.*;

@Entity
public class OrderLine {
    @EmbeddedId
    private OrderLineId id;
    private int quantity;
}
