(* The module exporting Shapes implements only one of them. *)
MODULE Shapes;

PROCEDURE Area (w, h: INTEGER): INTEGER =
  BEGIN
    RETURN w * h;
  END Area;

BEGIN
END Shapes.
