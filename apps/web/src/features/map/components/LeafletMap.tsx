import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import './map.css';
import { type MapPartnershipFeature, type MapPosition, type MapTileSource, type MapTownFeature } from '@twinning/contracts';
import L from 'leaflet';
import 'leaflet.markercluster';
import { useEffect, useRef } from 'react';

/** Where a map without anything on it looks: Türkiye and the EU. */
const DEFAULT_VIEW = { center: L.latLng(46, 18), zoom: 4 };
const DEFAULT_MAX_ZOOM = 18;

export interface MapArea {
  /** [latitude, longitude] */
  center: [number, number];
  label: string;
}

export interface LeafletMapProps {
  towns: MapTownFeature[];
  partnerships: MapPartnershipFeature[];
  /** Absent until the server's setting is known: the map draws without a background meanwhile. */
  tiles: MapTileSource | undefined;
  /** Group nearby towns into numbered clusters when zoomed out (the big map). */
  cluster: boolean;
  /** A region without a town: an anonymous case study's country. */
  area?: MapArea;
  /** What the map shows, for screen readers (the list beside it says it in full). */
  label: string;
  /** Text of a line's tooltip. */
  describePartnership: (partnership: MapPartnershipFeature) => string;
  onOpenTown: (townId: string) => void;
  height: number | string;
}

const latLngOf = ([longitude, latitude]: MapPosition) => L.latLng(latitude, longitude);

/**
 * The map itself, the only module that imports Leaflet, so Leaflet is downloaded with the first
 * page that shows a map and never on the first visit. SVG lines and HTML markers: no WebGL, and
 * the drawing works, and can be checked, without any tiles.
 */
export function LeafletMap({ towns, partnerships, tiles, cluster, area, label, describePartnership, onOpenTown, height }: LeafletMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  // The latest callbacks, so a new function on each render does not redraw the map.
  const callbacks = useRef({ onOpenTown, describePartnership });
  callbacks.current = { onOpenTown, describePartnership };

  useEffect(() => {
    // A zoom range of its own: clustering needs one before (or without) any tiles.
    const created = L.map(container.current!, { renderer: L.svg(), zoomSnap: 0.5, scrollWheelZoom: false, minZoom: 2, maxZoom: DEFAULT_MAX_ZOOM });
    created.getContainer().setAttribute('aria-label', label);
    created.getContainer().setAttribute('role', 'region');
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
    };
    // The label is updated below; the map is made once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    map.current?.getContainer().setAttribute('aria-label', label);
  }, [label]);

  useEffect(() => {
    if (!map.current || !tiles) return;
    const layer = L.tileLayer(tiles.urlTemplate, { attribution: tiles.attribution, maxZoom: tiles.maxZoom }).addTo(map.current);
    map.current.setMaxZoom(tiles.maxZoom);
    return () => void layer.remove();
  }, [tiles]);

  useEffect(() => {
    const current = map.current;
    if (!current) return;
    const lines = L.featureGroup(
      partnerships.map((partnership) => {
        const description = callbacks.current.describePartnership(partnership);
        const line = L.polyline(partnership.geometry.coordinates.map(latLngOf), {
          className: `twinning-line twinning-line--${partnership.properties.status}`,
        }).bindTooltip(asText(description), { sticky: true });
        // The SVG path says which twinning it is, as the tooltip does on hover.
        line.on('add', () => {
          // A path may carry a name only with a role (ARIA in HTML).
          line.getElement()?.setAttribute('role', 'img');
          line.getElement()?.setAttribute('aria-label', description);
        });
        return line;
      }),
    );
    const markers = towns.map((town) => {
      const marker = L.marker(latLngOf(town.geometry.coordinates), {
        // Keyboard users have the list beside the map: 137 tab stops inside it would be a trap.
        keyboard: false,
        title: town.properties.nameLocal,
        alt: town.properties.nameLocal,
        icon: L.divIcon({
          className: `town-marker${town.properties.matched ? '' : ' town-marker--partner'}`,
          iconSize: [14, 14],
          html: '',
        }),
      });
      marker.on('click', () => callbacks.current.onOpenTown(town.properties.id));
      // On a small map the few names stay in sight, which matters most where no tiles load.
      marker.bindTooltip(asText(town.properties.nameLocal), { direction: 'top', offset: [0, -8], permanent: !cluster });
      return marker;
    });
    const townLayer = cluster ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 }).addLayers(markers) : L.featureGroup(markers);
    const areaLayer = area ? L.circle(L.latLng(...area.center), { radius: 150_000, className: 'map-area' }).bindTooltip(asText(area.label)) : null;
    lines.addTo(current);
    townLayer.addTo(current);
    areaLayer?.addTo(current);

    const bounds = L.latLngBounds([]);
    for (const town of towns) bounds.extend(latLngOf(town.geometry.coordinates));
    if (areaLayer) current.setView(areaLayer.getLatLng(), 5);
    else if (towns.length === 1) current.setView(bounds.getCenter(), 7);
    else if (bounds.isValid()) current.fitBounds(bounds, { padding: [40, 40] });
    else current.setView(DEFAULT_VIEW.center, DEFAULT_VIEW.zoom);
    return () => {
      lines.remove();
      townLayer.remove();
      areaLayer?.remove();
    };
  }, [towns, partnerships, cluster, area]);

  return <div ref={container} className="twinning-map" style={{ height }} data-testid="twinning-map" />;
}

/** Leaflet puts a string tooltip in as HTML; names people typed go in as text. */
function asText(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}
