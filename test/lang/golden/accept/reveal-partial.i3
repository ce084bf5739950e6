INTERFACE Windows;

TYPE
  T <: Public;
  Public = OBJECT
    width, height: CARDINAL;
  METHODS
    resize(w, h: CARDINAL);
  END;
  Private <: T;

REVEAL Private <: OBJECT END;

END Windows.
