(* ABS(FIRST(INTEGER)) is not an INTEGER: like -FIRST(INTEGER), it is refused as a constant. *)
MODULE AbsOverflow EXPORTS Main;

CONST Z = ABS(FIRST(INTEGER));

BEGIN
END AbsOverflow.
