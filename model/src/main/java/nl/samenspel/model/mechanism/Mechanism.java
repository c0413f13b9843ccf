package nl.samenspel.model.mechanism;

import nl.samenspel.model.World;

/** One step of the weekly cycle of MODEL.md section 3. */
public interface Mechanism {
    void step(World world);
}
