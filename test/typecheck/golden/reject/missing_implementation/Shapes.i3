(* The interface promises two procedures. *)
INTERFACE Shapes;

PROCEDURE Area (w, h: INTEGER): INTEGER;
PROCEDURE Perimeter (w, h: INTEGER): INTEGER;

END Shapes.
