(* An opaque type whose hidden fields have defaults of every kind: a client's NEW(Shape.T) runs
   the revealing module's allocator, which must store them exactly as NEW does there. *)
INTERFACE Shape;

TYPE
  T <: Public;
  Public = OBJECT tag := 'p' METHODS describe (): TEXT END;

END Shape.
