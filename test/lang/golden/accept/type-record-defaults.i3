INTERFACE Points;

TYPE
  Point = RECORD
    x, y: INTEGER := 0;
    label: TEXT := "origin";
    visible := TRUE
  END;
  Segment = RECORD from, to: Point; END;
  Empty = RECORD END;

END Points.
