(* An opaque object type: clients see only that Stack.T is an object with these methods. *)
INTERFACE Stack;

TYPE
  T <: Public;
  Public = OBJECT
  METHODS
    push (x: INTEGER);
    pop (): INTEGER RAISES {Empty};
    size (): CARDINAL;
  END;

EXCEPTION Empty;

PROCEDURE New (): T;

END Stack.
