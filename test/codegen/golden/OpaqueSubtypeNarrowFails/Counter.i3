(* An opaque object type with a public method suite, and an opaque reference type. *)
INTERFACE Counter;

TYPE
  T <: Public;
  Public = OBJECT METHODS inc (); get (): INTEGER END;
  Box <: REFANY;

PROCEDURE New (): T;
PROCEDURE NewBox (n: INTEGER): Box;
PROCEDURE Unbox (b: Box): INTEGER;

END Counter.
